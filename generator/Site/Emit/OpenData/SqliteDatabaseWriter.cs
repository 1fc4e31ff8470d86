using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Civic.Site.Model;
using Microsoft.Data.Sqlite;

namespace Civic.Site.Emit.OpenData;

/// <summary>
/// <c>/data/civic.sqlite</c>: every dataset as a table (columns in declared order, the primary key, a foreign key for
/// every single-valued reference, arrays stored as JSON text) and a <c>_metadata</c> table with the licence,
/// version, modified date and citation of each dataset. Datasette and DB Browser open it as is. The file is built
/// in one transaction and vacuumed, with no timestamps, so the same input gives the same bytes.
/// </summary>
public static class SqliteDatabaseWriter
{
    /// <summary>Name of the metadata table.</summary>
    public const string MetadataTable = "_metadata";

    /// <summary>The database bytes for <paramref name="all"/> (the facts of every dataset).</summary>
    public static byte[] Write(SiteModel model, IReadOnlyList<DatasetFacts> all, string baseUrl)
    {
        var path = Path.Combine(Path.GetTempPath(), $"civic-{Guid.NewGuid():N}.sqlite");
        try
        {
            // The tables are filled in memory and VACUUM INTO writes the compacted file once: nothing is journalled or
            // synced, and the file gets the same bytes as a database built on disk and vacuumed in place.
            var builder = new SqliteConnectionStringBuilder { DataSource = ":memory:", Pooling = false };
            using (var connection = new SqliteConnection(builder.ToString()))
            {
                connection.Open();
                Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;");
                using (var transaction = connection.BeginTransaction())
                {
                    foreach (var facts in all)
                    {
                        CreateTable(connection, model, facts.Dataset);
                        Insert(connection, facts.Dataset);
                    }

                    WriteMetadata(connection, model, all, baseUrl);
                    transaction.Commit();
                }

                using var vacuum = connection.CreateCommand();
                vacuum.CommandText = "VACUUM INTO $path;";
                vacuum.Parameters.AddWithValue("$path", path);
                vacuum.ExecuteNonQuery();
            }

            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The SQLite column type of a field.</summary>
    public static string ColumnType(FieldType type) => type switch
    {
        FieldType.Integer or FieldType.Boolean => "INTEGER",
        FieldType.Number => "REAL",
        _ => "TEXT",
    };

    /// <summary>A quoted SQL identifier.</summary>
    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void CreateTable(SqliteConnection connection, SiteModel model, Dataset dataset)
    {
        var columns = new List<string>();
        foreach (var f in dataset.Fields)
        {
            var column = $"{Quote(f.Name)} {ColumnType(f.Type)}";
            if (f.Name == dataset.PrimaryKey)
            {
                column += " PRIMARY KEY NOT NULL";
            }

            if (f.Reference is { } r && f.Type != FieldType.Array && model.Dataset(r) is { } target)
            {
                column += $" REFERENCES {Quote(target.Id)}({Quote(target.PrimaryKey)})";
            }

            columns.Add(column);
        }

        Execute(connection, $"CREATE TABLE {Quote(dataset.Id)} (\n  {string.Join(",\n  ", columns)}\n);");
    }

    private static void Insert(SqliteConnection connection, Dataset dataset)
    {
        var names = string.Join(", ", dataset.Fields.Select(f => Quote(f.Name)));
        var parameters = string.Join(", ", dataset.Fields.Select((_, i) => $"$p{i}"));
        using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {Quote(dataset.Id)} ({names}) VALUES ({parameters});";
        for (var i = 0; i < dataset.Fields.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }

        foreach (var record in dataset.Records)
        {
            for (var i = 0; i < dataset.Fields.Length; i++)
            {
                command.Parameters[i].Value = Value(record.Get(dataset.Fields[i].Name));
            }

            command.ExecuteNonQuery();
        }
    }

    /// <summary>The SQLite value of a record value: arrays as JSON text, dates as ISO text, missing as NULL.</summary>
    public static object Value(object? value) => value switch
    {
        null => DBNull.Value,
        bool b => b ? 1L : 0L,
        long or int or string => value,
        decimal d => (double)d,
        PartialDate p => p.ToString(),
        ImmutableArray<string> list => JsonText.WriteCompact(JsonText.Strings(list)),
        _ => CellText.Format(value),
    };

    private static void WriteMetadata(SqliteConnection connection, SiteModel model, IReadOnlyList<DatasetFacts> all, string baseUrl)
    {
        Execute(connection, $"CREATE TABLE {Quote(MetadataTable)} (\n  \"dataset\" TEXT NOT NULL,\n  \"key\" TEXT NOT NULL,\n  \"value\" TEXT,\n  PRIMARY KEY (\"dataset\", \"key\")\n);");
        using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {Quote(MetadataTable)} (\"dataset\", \"key\", \"value\") VALUES ($d, $k, $v);";
        var d = command.Parameters.Add(new SqliteParameter("$d", ""));
        var k = command.Parameters.Add(new SqliteParameter("$k", ""));
        var v = command.Parameters.Add(new SqliteParameter("$v", ""));
        void Row(string dataset, string key, string? value)
        {
            d.Value = dataset;
            k.Value = key;
            v.Value = (object?)value ?? DBNull.Value;
            command.ExecuteNonQuery();
        }

        var config = model.Config;
        Row("", "title", config.Title.Zh);
        Row("", "publisher", Citation.Publisher(config).Zh);
        Row("", "licence", config.Licence.Id);
        Row("", "licence_url", config.Licence.Url);
        Row("", "source_url", baseUrl);
        foreach (var facts in all)
        {
            var id = facts.Dataset.Id;
            var landing = baseUrl + OpenDataPaths.Landing(id);
            Row(id, "title", facts.Dataset.Title.Zh);
            Row(id, "title_en", facts.Dataset.Title.En);
            Row(id, "description", facts.Dataset.Description.Zh);
            Row(id, "licence", config.Licence.Id);
            Row(id, "licence_url", config.Licence.Url);
            Row(id, "version", facts.Version);
            Row(id, "modified", facts.Modified?.ToString());
            Row(id, "citation", Citation.Zh(config, facts, landing));
            Row(id, "citation_en", Citation.En(config, facts, landing));
            Row(id, "url", landing);
            Row(id, "sources", JsonText.WriteCompact(JsonText.Strings(facts.Sources.Select(s => s.Id))));
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
