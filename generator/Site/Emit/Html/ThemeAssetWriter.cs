namespace Civic.Site.Emit.Html;

/// <summary>Copies the theme's assets/ folder (CSS, JS, icons) as it is: the theme has no build step.</summary>
public sealed class ThemeAssetWriter : ISiteEmitter
{
    public string Name => "assets";

    public void Emit(EmitContext context)
    {
        foreach (var (source, output) in context.Theme.Assets())
        {
            context.Output.CopyFile(source, output);
        }
    }
}
