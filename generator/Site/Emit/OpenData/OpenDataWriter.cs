namespace Civic.Site.Emit.OpenData;

/// <summary>
/// The open-data emitter: writes the files of <see cref="OpenDataPublisher.Build"/> (downloads, Data Packages,
/// SQLite, catalog.jsonld, data.json) into the staging folder.
/// </summary>
public sealed class OpenDataWriter : ISiteEmitter
{
    /// <inheritdoc/>
    public string Name => "opendata";

    /// <inheritdoc/>
    public void Emit(EmitContext context)
    {
        var output = context.OpenData ?? OpenDataPublisher.Build(context.Model, context.Urls.BaseUrl);
        foreach (var file in output.Files)
        {
            context.Output.WriteBytes(file.Path, file.Content);
        }
    }
}
