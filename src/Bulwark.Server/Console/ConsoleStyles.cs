namespace Bulwark.Server.Console;

/// <summary>
/// The console's stylesheet, served from <c>/console/console.css</c> so the content security policy can forbid inline
/// styles and everything from elsewhere. Evidence images are blurred and greyscale unless revealed.
/// </summary>
internal static class ConsoleStyles
{
    public const string Css = """
        :root { color-scheme: light; --ink: #1d232a; --muted: #56616d; --line: #d5dbe1; --accent: #1f5fa8; --warn: #9a3412; --bg: #f6f7f9; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 system-ui, "DejaVu Sans", sans-serif; color: var(--ink); background: var(--bg); }
        a { color: var(--accent); }
        a:focus, button:focus, input:focus, select:focus, textarea:focus, summary:focus { outline: 3px solid #f59e0b; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; }
        header { background: #14263d; color: #fff; padding: 10px 24px; display: flex; gap: 24px; align-items: center; flex-wrap: wrap; }
        header a { color: #fff; text-decoration: none; } header a:hover { text-decoration: underline; }
        header .brand { font-weight: 700; letter-spacing: .02em; }
        header nav { display: flex; gap: 16px; flex: 1; }
        header form { margin: 0; } header .who { color: #c8d3df; font-size: 13px; }
        main { max-width: 1100px; margin: 0 auto; padding: 24px; }
        h1 { font-size: 24px; margin: 0 0 16px; } h2 { font-size: 18px; margin: 28px 0 8px; }
        table { border-collapse: collapse; width: 100%; background: #fff; border: 1px solid var(--line); }
        th, td { text-align: left; padding: 8px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: #eef1f4; font-weight: 600; font-size: 13px; }
        .card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 16px; margin: 12px 0; }
        .muted { color: var(--muted); font-size: 13px; }
        .overdue { color: var(--warn); font-weight: 600; }
        .notice { background: #fff7ed; border: 1px solid #fdba74; padding: 10px 14px; border-radius: 6px; }
        .ok { background: #ecfdf5; border: 1px solid #6ee7b7; padding: 10px 14px; border-radius: 6px; }
        button, .button { background: var(--accent); color: #fff; border: 0; border-radius: 4px; padding: 8px 14px; font: inherit; cursor: pointer; }
        button.secondary { background: #e5e9ee; color: var(--ink); }
        label { display: block; font-weight: 600; margin: 10px 0 4px; }
        fieldset { border: 1px solid var(--line); border-radius: 6px; } legend { font-weight: 600; }
        fieldset label { display: inline; font-weight: 400; margin-right: 16px; }
        input[type=email], input[type=password], select, textarea { width: 100%; max-width: 520px; padding: 8px; font: inherit; border: 1px solid #9aa5b1; border-radius: 4px; }
        textarea { min-height: 80px; }
        mark { background: #fde68a; padding: 0 2px; }
        .evidence-text { white-space: pre-wrap; font-family: ui-monospace, "DejaVu Sans Mono", monospace; background: #fbfbfc; border: 1px solid var(--line); padding: 12px; }
        figure { margin: 0; } .evidence-image { max-width: 360px; max-height: 360px; display: block; border: 1px solid var(--line); }
        .evidence-image.blurred { filter: blur(24px) grayscale(1); }
        .chart { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px; }
        .chart text { font: 12px system-ui, "DejaVu Sans", sans-serif; fill: var(--ink); }
        .legend span { display: inline-block; width: 12px; height: 12px; margin: 0 4px 0 12px; vertical-align: middle; }
        .violating { background: #b91c1c; } .not-violating { background: #15803d; } .escalate { background: #b45309; } .within-sla { background: #1f5fa8; }
        """;
}
