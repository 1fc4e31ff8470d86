namespace Civic.Site.Diagnostics;

/// <summary>Output formats of <c>civic check</c>.</summary>
public enum DiagnosticFormat
{
    /// <summary>For people: location line, source line, caret, hint.</summary>
    Text,

    /// <summary>GitHub Actions workflow commands (<c>::error file=…,line=…,col=…::…</c>).</summary>
    Github,
}
