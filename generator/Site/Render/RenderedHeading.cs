namespace Civic.Site.Render;

/// <summary>A heading of rendered Markdown: its level after shifting, its text and its unique id.</summary>
public sealed record RenderedHeading(int Level, string Text, string Id);
