using Civic.Site.Emit.OpenData;
using Microsoft.Data.Sqlite;

namespace Civic.Site.Tests.Emit.OpenData;

public sealed class SqliteDatabaseWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("civic-sqlite-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private SqliteConnection Open(out OpenDataOutput output)
    {
        output = OpenDataPublisher.Build(OpenDataFixture.Model(), OpenDataFixture.BaseUrl);
        var path = Path.Combine(_folder, "civic.sqlite");
        File.WriteAllBytes(path, output.File(OpenDataPaths.Sqlite)!.Content);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    [Fact]
    public void Integrity_check_is_ok_and_every_table_has_as_many_rows_as_its_csv()
    {
        using var connection = Open(out var output);

        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check;"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM pragma_foreign_key_check;"));
        foreach (var id in new[] { "communities", "districts", "sources", "topics" })
        {
            var csvRows = CsvTableWriterTests.ReadRows(System.Text.Encoding.UTF8.GetString(output.File(OpenDataPaths.Csv(id))!.Content), out _).Count;
            Assert.Equal((long)csvRows, Scalar(connection, $"SELECT count(*) FROM \"{id}\";"));
        }
    }

    [Fact]
    public void Values_keep_their_types_and_arrays_are_json()
    {
        using var connection = Open(out _);

        Assert.Equal(15546L, Scalar(connection, "SELECT residents FROM communities WHERE id = 'zhizhong';"));
        Assert.Equal(-3.0, Scalar(connection, "SELECT change FROM communities WHERE id = 'zhizhong';"));
        Assert.Equal("2019-05", Scalar(connection, "SELECT founded FROM communities WHERE id = 'zhizhong';"));
        Assert.Equal("[\"outdoor-workers\",\"volunteers\"]", Scalar(connection, "SELECT topics FROM communities WHERE id = 'zhizhong';"));
        Assert.Equal(DBNull.Value, Scalar(connection, "SELECT residents FROM communities WHERE id = 'quotes';"));
        Assert.Equal("=SUM(A1:A2)", Scalar(connection, "SELECT name FROM communities WHERE id = 'formula';"));
    }

    [Fact]
    public void Metadata_table_carries_licence_version_and_citation()
    {
        using var connection = Open(out _);

        Assert.Equal("CC-BY-4.0", Scalar(connection, "SELECT value FROM _metadata WHERE dataset = 'communities' AND key = 'licence';"));
        Assert.Equal("1.2.0", Scalar(connection, "SELECT value FROM _metadata WHERE dataset = 'communities' AND key = 'version';"));
        Assert.Contains("[DS/OL]", (string)Scalar(connection, "SELECT value FROM _metadata WHERE dataset = 'communities' AND key = 'citation';")!);
        Assert.Equal("2025", Scalar(connection, "SELECT value FROM _metadata WHERE dataset = 'communities' AND key = 'modified';"));
    }
}
