namespace Civic.Templating.Syntax.Expressions;

/// <summary>The binary operators.</summary>
public enum BinaryOperator
{
    /// <summary><c>+</c></summary>
    Add,

    /// <summary><c>-</c></summary>
    Subtract,

    /// <summary><c>*</c></summary>
    Multiply,

    /// <summary><c>/</c></summary>
    Divide,

    /// <summary><c>//</c></summary>
    IntegerDivide,

    /// <summary><c>%</c></summary>
    Modulo,

    /// <summary><c>==</c></summary>
    Equal,

    /// <summary><c>!=</c></summary>
    NotEqual,

    /// <summary><c>&lt;</c></summary>
    Less,

    /// <summary><c>&lt;=</c></summary>
    LessEqual,

    /// <summary><c>&gt;</c></summary>
    Greater,

    /// <summary><c>&gt;=</c></summary>
    GreaterEqual,

    /// <summary><c>&amp;&amp;</c></summary>
    And,

    /// <summary><c>||</c></summary>
    Or,

    /// <summary><c>??</c></summary>
    Coalesce,

    /// <summary><c>?!</c>: the right value when the left is not null, else null.</summary>
    IfNotNull,

    /// <summary><c>..</c></summary>
    RangeInclusive,

    /// <summary><c>..&lt;</c></summary>
    RangeExclusive,

    /// <summary><c>&lt;&lt;</c>: appends to an array, or shifts an integer.</summary>
    ShiftLeft,

    /// <summary><c>&gt;&gt;</c>: shifts an integer.</summary>
    ShiftRight,
}
