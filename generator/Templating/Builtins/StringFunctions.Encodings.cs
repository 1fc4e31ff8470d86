using System.Security.Cryptography;
using System.Text;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Builtins;

/// <summary>Escaping, hashing and Base64.</summary>
internal static partial class StringFunctions
{
    private static void AddEncodings(ScriptObject module)
    {
        var secret = ScriptParameter.Required("secret_key");

        // {{ "Hel\tlo" | string.escape }} → Hel\tlo
        module.Function("escape", static call => call[0] is null ? null : Escape(call.GetString(0)), Text);

        // {{ 'Hello\n"World"' | string.literal }} → "Hello\n\"World\""
        module.Function("literal", static call => call[0] is null ? null : $"\"{Escape(call.GetString(0))}\"", Text);

        // {{ "test" | string.md5 }} → 098f6bcd4621d373cade4e832627b4f6
        module.Function("md5", static call => Hex(MD5.HashData(Utf8(call, 0))), Text);

        // {{ "test" | string.sha1 }} → a94a8fe5ccb19ba61c4c0873d391e987982fbbd3
        module.Function("sha1", static call => Hex(SHA1.HashData(Utf8(call, 0))), Text);

        // {{ "test" | string.sha256 }} → 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
        module.Function("sha256", static call => Hex(SHA256.HashData(Utf8(call, 0))), Text);

        // {{ "test" | string.sha512 }} → ee26b0dd4af7e749…
        module.Function("sha512", static call => Hex(SHA512.HashData(Utf8(call, 0))), Text);

        // {{ "test" | string.hmac_sha1 "secret" }} → 1aa349585ed7ecbd3b9c486a30067e395ca4b356
        module.Function("hmac_sha1", static call => Hex(HMACSHA1.HashData(Utf8(call, 1), Utf8(call, 0))), Text, secret);

        // {{ "test" | string.hmac_sha256 "secret" }} → 0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914
        module.Function("hmac_sha256", static call => Hex(HMACSHA256.HashData(Utf8(call, 1), Utf8(call, 0))), Text, secret);

        // {{ "test" | string.hmac_sha512 "secret" }} → f8a4f0a209167bc1…
        module.Function("hmac_sha512", static call => Hex(HMACSHA512.HashData(Utf8(call, 1), Utf8(call, 0))), Text, secret);

        // {{ "hello" | string.base64_encode }} → aGVsbG8=
        module.Function("base64_encode", static call => Convert.ToBase64String(Utf8(call, 0)), Text);

        // {{ "aGVsbG8=" | string.base64_decode }} → hello
        module.Function("base64_decode", static call => Encoding.UTF8.GetString(Convert.FromBase64String(call.GetString(0))), Text);
    }

    private static byte[] Utf8(ScriptCall call, int index) => Encoding.UTF8.GetBytes(call.GetString(index));

    private static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);

    /// <summary>Escapes a string the way a template string literal would be written.</summary>
    internal static string Escape(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? escaped = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\a' => "\\a",
                '\b' => "\\b",
                '\t' => "\\t",
                '\r' => "\\r",
                '\v' => "\\v",
                '\f' => "\\f",
                '\n' => "\\n",
                < ' ' => $"\\x{(int)c:x2}",
                _ => null,
            };

            if (escaped is null)
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text.Length + 8).Append(text, 0, i);
            builder.Append(escaped);
        }

        return builder?.ToString() ?? text;
    }
}
