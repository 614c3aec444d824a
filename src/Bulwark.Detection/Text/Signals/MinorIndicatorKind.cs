namespace Bulwark.Detection.Text.Signals;

/// <summary>What kind of evidence a <see cref="MinorIndicator"/> is.</summary>
public enum MinorIndicatorKind
{
    /// <summary>An age under 18 written out: "12-year-old", "doce años", "12歳", "ему 12 лет", "she is 12".</summary>
    Age,

    /// <summary>A school grade or stage, mapped to the ages that usually attend it: "6th grade", "collège", "小学生".</summary>
    SchoolGrade,

    /// <summary>A stage of life before adulthood: "preteen", "tween", "toddler", "teenager", "adolescente", "подросток".</summary>
    LifeStage,

    /// <summary>A noun for a child: "child", "kid", "niño", "enfant", "Kind", "ребёнок", "孩子", "子供".</summary>
    ChildNoun,
}
