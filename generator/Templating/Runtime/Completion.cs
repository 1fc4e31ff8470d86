namespace Civic.Templating.Runtime;

/// <summary>How a statement finished: control flow travels back up as a value, never as an exception.</summary>
internal enum Completion
{
    /// <summary>Go on with the next statement.</summary>
    Normal,

    /// <summary>A <c>break</c>: leave the innermost loop.</summary>
    Break,

    /// <summary>A <c>continue</c>: next iteration of the innermost loop.</summary>
    Continue,

    /// <summary>A <c>ret</c>: leave the function (or the template).</summary>
    Return,
}
