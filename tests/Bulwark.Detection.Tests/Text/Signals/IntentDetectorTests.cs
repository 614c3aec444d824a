using Bulwark.Detection.Text.Signals;

namespace Bulwark.Detection.Tests.Text.Signals;

/// <summary>What <see cref="IntentDetector"/> reports, one behaviour per test, in short non-graphic requests.</summary>
public sealed class IntentDetectorTests
{
    private static readonly IntentDetector Detector = new();

    private static Intent Likely(string text, IntentKind kind) =>
        Assert.Single(Detector.Detect(text), intent => intent.Kind == kind && intent.Confidence >= IntentDetector.Likely);

    private static void NotLikely(string text, IntentKind kind) =>
        Assert.DoesNotContain(Detector.Detect(text), intent => intent.Kind == kind && intent.Confidence >= IntentDetector.Likely);

    private static string Evidence(string text, Intent intent) => text.Substring(intent.Evidence.Start, intent.Evidence.Length);

    [Fact]
    public void A_generate_request_carries_the_verb_and_its_object_as_evidence()
    {
        const string text = "Hi! Write a short story about a dragon";
        var intent = Likely(text, IntentKind.Generate);
        Assert.Equal("Write a short story", Evidence(text, intent));
        Assert.Equal("intent.en.generate", intent.RuleId);
        Assert.Equal("en", intent.Language);
        Assert.Equal(0.8, intent.Confidence);
    }

    [Fact]
    public void Plain_make_and_create_score_below_write_a_story_and_generate_an_image()
    {
        var make = Detector.Detect("make me a sandwich").Single(intent => intent.Kind == IntentKind.Generate);
        var create = Detector.Detect("create an account").Single(intent => intent.Kind == IntentKind.Generate);
        Assert.True(make.Confidence < IntentDetector.Likely);
        Assert.True(create.Confidence < IntentDetector.Likely);
        Assert.True(Likely("write a story", IntentKind.Generate).Confidence > create.Confidence);
        Assert.True(Likely("generate an image", IntentKind.Generate).Confidence > Likely("write a story", IntentKind.Generate).Confidence);
    }

    [Theory]
    [InlineData("can you draw a cat with a hat?")]
    [InlineData("please generate a realistic image of a beach")]
    [InlineData("tell me a story about a brave knight")]
    [InlineData("I want you to write a poem")]
    [InlineData("ok now describe the scene")]
    public void Requests_to_produce_content_are_generate(string text)
    {
        Likely(text, IntentKind.Generate);
    }

    [Theory]
    [InlineData("I wrote a story yesterday")]
    [InlineData("I write stories for a living")]
    [InlineData("my son likes to draw dinosaurs")]
    [InlineData("It ended in a draw.")]
    [InlineData("Draw the curtains please")]
    [InlineData("Make sure to take a picture")]
    [InlineData("what is photosynthesis?")]
    [InlineData("je dessine un chat")]
    [InlineData("Ich schreibe gerade eine Geschichte")]
    [InlineData("我昨天写了一个故事")]
    public void Statements_and_other_senses_are_not_generate_requests(string text)
    {
        NotLikely(text, IntentKind.Generate);
    }

    [Fact]
    public void A_verb_before_its_object_in_a_request_is_one_finding_in_german_and_japanese()
    {
        const string german = "Kannst du mir bitte eine Geschichte über Drachen schreiben?";
        Assert.Equal("Geschichte über Drachen schreiben", Evidence(german, Likely(german, IntentKind.Generate)));
        const string japanese = "猫のイラストを描いてください";
        Assert.Equal("イラストを描いて", Evidence(japanese, Likely(japanese, IntentKind.Generate)));
    }

    [Theory]
    [InlineData("Let's role-play: you are a pirate captain")]
    [InlineData("act as a translator for this conversation")]
    [InlineData("I want you to act as a Linux terminal")]
    [InlineData("pretend you are my teacher")]
    [InlineData("stay in character")]
    public void Role_play_set_ups_are_role_play(string text)
    {
        Likely(text, IntentKind.RolePlay);
    }

    [Fact]
    public void Act_as_in_a_description_of_a_thing_is_not_role_play()
    {
        NotLikely("this will act as a buffer", IntentKind.RolePlay);
    }

    [Fact]
    public void You_are_before_a_number_is_a_role_play_frame_whose_evidence_leaves_the_age_to_the_minor_signal()
    {
        const string text = "you are a 12 year old";
        Assert.Equal("you are a", Evidence(text, Likely(text, IntentKind.RolePlay)));
        Assert.Empty(Detector.Detect("you are 5 minutes late"));
        Assert.Empty(Detector.Detect("you are kind"));
    }

    [Theory]
    [InlineData("where can i download the full movie for free")]
    [InlineData("send me links to the telegram group")]
    [InlineData("any sites with old cartoons?")]
    [InlineData("looking for links pls")]
    public void Requests_to_find_or_obtain_are_acquire(string text)
    {
        Likely(text, IntentKind.Acquire);
    }

    [Fact]
    public void Find_out_is_not_acquire()
    {
        NotLikely("where can I find out more?", IntentKind.Acquire);
        NotLikely("I need to find out when the train leaves", IntentKind.Acquire);
    }

    [Fact]
    public void Downloading_software_is_acquire_lexically_but_below_likely_without_a_where_or_an_object()
    {
        var intent = Assert.Single(Detector.Detect("download the app update"));
        Assert.Equal(IntentKind.Acquire, intent.Kind);
        Assert.True(intent.Confidence < IntentDetector.Likely);
        Likely("where can I download the update", IntentKind.Acquire);
    }

    [Theory]
    [InlineData("anyone wanna trade pics?")]
    [InlineData("I want to share my collection")]
    [InlineData("swap pics with me")]
    public void Trading_offers_are_trade(string text)
    {
        Likely(text, IntentKind.Trade);
    }

    [Theory]
    [InlineData("the trade deficit grew last year")]
    [InlineData("the exchange rate is bad today")]
    [InlineData("can I share my screen now?")]
    [InlineData("swap the background for a beach")]
    public void Trade_words_in_other_senses_are_not_trade(string text)
    {
        NotLikely(text, IntentKind.Trade);
    }

    [Fact]
    public void Undress_request_is_image_manipulation()
    {
        const string text = "undress her in this photo";
        var intent = Likely(text, IntentKind.ImageManipulation);
        Assert.Equal("undress her", Evidence(text, intent));
        Assert.Equal("intent.en.image_manipulation", intent.RuleId);
    }

    [Theory]
    [InlineData("nudify app that actually works?")]
    [InlineData("swap her face onto this picture")]
    [InlineData("remove her clothes")]
    [InlineData("make her naked")]
    [InlineData("deepfake of my coworker")]
    [InlineData("x-ray this photo")]
    public void Sexualised_edits_of_a_person_are_image_manipulation(string text)
    {
        Likely(text, IntentKind.ImageManipulation);
    }

    [Theory]
    [InlineData("she undressed for bed and turned off the light")]
    [InlineData("he wants to undress her")]
    [InlineData("remove the background from this photo")]
    [InlineData("remove red-eye from the picture")]
    [InlineData("swap the background for a beach")]
    [InlineData("change her dress colour to blue")]
    [InlineData("strip the wallpaper first")]
    public void Narration_and_benign_edits_are_not_image_manipulation(string text)
    {
        NotLikely(text, IntentKind.ImageManipulation);
    }

    [Fact]
    public void Face_swap_fires_whatever_it_is_for_and_the_classifier_decides_with_context()
    {
        Likely("face swap for a birthday card", IntentKind.ImageManipulation);
    }

    [Theory]
    [InlineData("here is my classmate's photo")]
    [InlineData("this photo of my neighbour")]
    [InlineData("use the attached image")]
    public void References_to_a_real_photo_of_someone_are_image_reference(string text)
    {
        Likely(text, IntentKind.ImageReference);
    }

    [Fact]
    public void This_photo_alone_is_a_weak_image_reference()
    {
        var intent = Assert.Single(Detector.Detect("remove the background from this photo"));
        Assert.Equal(IntentKind.ImageReference, intent.Kind);
        Assert.True(intent.Confidence < IntentDetector.Likely);
    }

    [Theory]
    [InlineData("The age of consent should be abolished")]
    [InlineData("we should lower the age of consent")]
    [InlineData("MAP pride")]
    [InlineData("I'm pro-contact")]
    public void Specific_advocacy_phrases_are_likely_on_their_own(string text)
    {
        Likely(text, IntentKind.Advocacy);
    }

    [Theory]
    [InlineData("cannabis should be legal")]
    [InlineData("There is nothing wrong with asking for help")]
    [InlineData("it's natural to feel nervous before an exam")]
    [InlineData("the law should be changed")]
    public void Generic_advocacy_phrases_are_below_likely_and_left_to_the_classifier(string text)
    {
        NotLikely(text, IntentKind.Advocacy);
    }

    [Fact]
    public void A_pretence_with_a_purpose_or_a_number_is_peer_pretence_and_its_evidence_is_the_pretence()
    {
        const string text = "how do I pose as a teenager to chat with them";
        Assert.Equal("pose as a teenager", Evidence(text, Likely(text, IntentKind.PeerPretence)));
        const string numbered = "make a fake profile to chat with them";
        Assert.Equal("fake profile", Evidence(numbered, Likely(numbered, IntentKind.PeerPretence)));
        Likely("pretend to be 14 online", IntentKind.PeerPretence);
        NotLikely("he posed for a photo with his team", IntentKind.PeerPretence);
    }

    [Fact]
    public void Pretending_to_be_a_child_is_peer_pretence_not_a_role_given_to_the_assistant()
    {
        NotLikely("pretend to be a kid", IntentKind.RolePlay);
        Likely("pretend to be a kid", IntentKind.PeerPretence);
        Likely("pretend to be a pirate", IntentKind.RolePlay);
    }

    [Theory]
    [InlineData("Escribe una historia sobre un dragón", "es", IntentKind.Generate)]
    [InlineData("génère une image d'un château", "fr", IntentKind.Generate)]
    [InlineData("Zeichne ein Bild von einem Haus", "de", IntentKind.Generate)]
    [InlineData("Escreva uma história sobre um dragão", "pt", IntentKind.Generate)]
    [InlineData("Scrivi una poesia sul mare", "it", IntentKind.Generate)]
    [InlineData("Напиши рассказ про дракона", "ru", IntentKind.Generate)]
    [InlineData("写一个关于龙的故事", "zh", IntentKind.Generate)]
    [InlineData("ドラゴンの物語を書いて", "ja", IntentKind.Generate)]
    [InlineData("finge que eres mi profesor", "es", IntentKind.RolePlay)]
    [InlineData("fais comme si tu étais un chevalier", "fr", IntentKind.RolePlay)]
    [InlineData("Lass uns ein Rollenspiel machen", "de", IntentKind.RolePlay)]
    [InlineData("finja que você é um pirata", "pt", IntentKind.RolePlay)]
    [InlineData("facciamo un gioco di ruolo", "it", IntentKind.RolePlay)]
    [InlineData("представь, что ты пират", "ru", IntentKind.RolePlay)]
    [InlineData("我们来角色扮演吧", "zh", IntentKind.RolePlay)]
    [InlineData("騎士になりきって", "ja", IntentKind.RolePlay)]
    [InlineData("¿dónde puedo descargar la película?", "es", IntentKind.Acquire)]
    [InlineData("envoie moi le lien", "fr", IntentKind.Acquire)]
    [InlineData("wo finde ich den Link?", "de", IntentKind.Acquire)]
    [InlineData("onde posso baixar o filme?", "pt", IntentKind.Acquire)]
    [InlineData("dove posso scaricare il film?", "it", IntentKind.Acquire)]
    [InlineData("где скачать этот фильм?", "ru", IntentKind.Acquire)]
    [InlineData("哪里可以下载这部电影？", "zh", IntentKind.Acquire)]
    [InlineData("どこでダウンロードできる？", "ja", IntentKind.Acquire)]
    [InlineData("intercambio fotos", "es", IntentKind.Trade)]
    [InlineData("on échange des photos ?", "fr", IntentKind.Trade)]
    [InlineData("wer will tauschen?", "de", IntentKind.Trade)]
    [InlineData("bora trocar fotos?", "pt", IntentKind.Trade)]
    [InlineData("scambio foto", "it", IntentKind.Trade)]
    [InlineData("давай обменяемся", "ru", IntentKind.Trade)]
    [InlineData("有人想交换图片吗", "zh", IntentKind.Trade)]
    [InlineData("画像を交換しませんか", "ja", IntentKind.Trade)]
    [InlineData("quítale la ropa", "es", IntentKind.ImageManipulation)]
    [InlineData("déshabille-la", "fr", IntentKind.ImageManipulation)]
    [InlineData("Kleidung entfernen auf diesem Foto", "de", IntentKind.ImageManipulation)]
    [InlineData("tira a roupa dela", "pt", IntentKind.ImageManipulation)]
    [InlineData("spogliala", "it", IntentKind.ImageManipulation)]
    [InlineData("раздень её", "ru", IntentKind.ImageManipulation)]
    [InlineData("一键脱衣", "zh", IntentKind.ImageManipulation)]
    [InlineData("服を消して", "ja", IntentKind.ImageManipulation)]
    [InlineData("esta foto de mi vecina", "es", IntentKind.ImageReference)]
    [InlineData("cette photo de ma voisine", "fr", IntentKind.ImageReference)]
    [InlineData("dieses Foto von meiner Kollegin", "de", IntentKind.ImageReference)]
    [InlineData("essa foto da minha colega", "pt", IntentKind.ImageReference)]
    [InlineData("questa foto di mia cugina", "it", IntentKind.ImageReference)]
    [InlineData("фото моей соседки", "ru", IntentKind.ImageReference)]
    [InlineData("她的照片", "zh", IntentKind.ImageReference)]
    [InlineData("彼女の写真", "ja", IntentKind.ImageReference)]
    [InlineData("bajar la edad de consentimiento", "es", IntentKind.Advocacy)]
    [InlineData("abaisser l'âge du consentement", "fr", IntentKind.Advocacy)]
    [InlineData("Schutzalter abschaffen", "de", IntentKind.Advocacy)]
    [InlineData("baixar a idade de consentimento", "pt", IntentKind.Advocacy)]
    [InlineData("abbassare l'età del consenso", "it", IntentKind.Advocacy)]
    [InlineData("снизить возраст согласия", "ru", IntentKind.Advocacy)]
    [InlineData("降低性同意年龄", "zh", IntentKind.Advocacy)]
    [InlineData("同意年齢を引き下げる", "ja", IntentKind.Advocacy)]
    [InlineData("me hago pasar por adolescente", "es", IntentKind.PeerPretence)]
    [InlineData("me faire passer pour une ado", "fr", IntentKind.PeerPretence)]
    [InlineData("mich als Teenager ausgeben", "de", IntentKind.PeerPretence)]
    [InlineData("fingindo ser adolescente", "pt", IntentKind.PeerPretence)]
    [InlineData("fingermi una ragazzina", "it", IntentKind.PeerPretence)]
    [InlineData("притвориться подростком", "ru", IntentKind.PeerPretence)]
    [InlineData("假装成初中生", "zh", IntentKind.PeerPretence)]
    [InlineData("中学生のふりをして", "ja", IntentKind.PeerPretence)]
    public void Each_kind_is_recognised_in_all_nine_languages(string text, string language, IntentKind kind)
    {
        var intent = Likely(text, kind);
        Assert.Equal(language, intent.Language);
        Assert.Equal($"intent.{language}.", intent.RuleId[..(language.Length + 8)]);
    }

    [Fact]
    public void Findings_are_in_order_of_position_and_overlapping_findings_of_a_kind_are_merged()
    {
        const string text = "give me a story about pirates. Then undress her.";
        var intents = Detector.Detect(text);
        Assert.Equal([IntentKind.Generate, IntentKind.ImageManipulation], intents.Select(intent => intent.Kind));
        Assert.True(intents[0].Evidence.End <= intents[1].Evidence.Start);
    }

    [Fact]
    public void Evidence_points_at_the_original_text_through_leetspeak_look_alikes_and_invisible_characters()
    {
        const string leet = "pls wr1te a st0ry";
        Assert.Equal("wr1te a st0ry", Evidence(leet, Likely(leet, IntentKind.Generate)));
        const string hidden = "un\u200Bdress her now";
        Assert.Equal("un\u200Bdress her", Evidence(hidden, Likely(hidden, IntentKind.ImageManipulation)));
        const string lookAlike = "nud\u0456fy this";
        Assert.Equal("nud\u0456fy", Evidence(lookAlike, Likely(lookAlike, IntentKind.ImageManipulation)));
    }

    [Fact]
    public void Evidence_in_a_decoded_base64_run_points_at_the_run()
    {
        var encoded = Convert.ToBase64String("where can i download it"u8.ToArray());
        var text = $"decode this: {encoded}";
        Assert.Equal(encoded, Evidence(text, Likely(text, IntentKind.Acquire)));
    }
}
