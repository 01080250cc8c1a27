using System.Formats.Cbor;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Advisor.Sandbox.Protocol;

/// <summary>
/// Converts a Smithy RPC v2 CBOR request body into the equivalent JSON document, so one parser serves both protocols.
/// Timestamps (tag 1) become epoch-second numbers, exactly what the JSON protocols send.
/// </summary>
internal static class CborToJson
{
    // Why: request documents are a few levels deep; a hostile body must not exhaust the stack.
    private const int MaxDepth = 64;

    public static JsonDocument Convert(byte[] body)
    {
        if (body.Length == 0)
        {
            return JsonDocument.Parse("{}");
        }

        try
        {
            var reader = new CborReader(body, CborConformanceMode.Lax, allowMultipleRootLevelValues: false);
            var node = Read(reader, 0);
            if (reader.BytesRemaining != 0)
            {
                throw ApiErrors.Serialization("The CBOR request body has trailing bytes after its root value.");
            }

            if (node is not JsonObject)
            {
                throw ApiErrors.Serialization("The CBOR request body must be a map.");
            }

            return JsonSerializer.SerializeToDocument(node);
        }
        catch (CborContentException ex)
        {
            throw ApiErrors.Serialization("The request body is not valid CBOR: " + ex.Message);
        }
        catch (InvalidOperationException ex)
        {
            throw ApiErrors.Serialization("The request body is not valid CBOR: " + ex.Message);
        }
    }

    private static JsonNode? Read(CborReader reader, int depth)
    {
        if (depth > MaxDepth)
        {
            throw ApiErrors.Serialization($"The CBOR request body nests deeper than {MaxDepth} levels.");
        }

        switch (reader.PeekState())
        {
            case CborReaderState.StartMap:
                var map = new JsonObject();
                reader.ReadStartMap();
                while (reader.PeekState() != CborReaderState.EndMap)
                {
                    var key = reader.ReadTextString();
                    map[key] = Read(reader, depth + 1);
                }

                reader.ReadEndMap();
                return map;
            case CborReaderState.StartArray:
                var array = new JsonArray();
                reader.ReadStartArray();
                while (reader.PeekState() != CborReaderState.EndArray)
                {
                    array.Add(Read(reader, depth + 1));
                }

                reader.ReadEndArray();
                return array;
            case CborReaderState.Tag:
                // Why: tag 1 (epoch seconds) is the only tag Smithy uses here; its inner number maps to a JSON epoch number.
                reader.ReadTag();
                return Read(reader, depth + 1);
            case CborReaderState.TextString:
            case CborReaderState.StartIndefiniteLengthTextString:
                return JsonValue.Create(reader.ReadTextString());
            case CborReaderState.ByteString:
            case CborReaderState.StartIndefiniteLengthByteString:
                return JsonValue.Create(System.Convert.ToBase64String(reader.ReadByteString()));
            case CborReaderState.UnsignedInteger:
            case CborReaderState.NegativeInteger:
                return JsonValue.Create(reader.ReadInt64());
            case CborReaderState.HalfPrecisionFloat:
            case CborReaderState.SinglePrecisionFloat:
            case CborReaderState.DoublePrecisionFloat:
                return JsonValue.Create(reader.ReadDouble());
            case CborReaderState.Boolean:
                return JsonValue.Create(reader.ReadBoolean());
            case CborReaderState.Null:
                reader.ReadNull();
                return null;
            case CborReaderState.SimpleValue:
                reader.SkipValue();
                return null;
            default:
                throw ApiErrors.Serialization($"Unexpected CBOR item {reader.PeekState()}.");
        }
    }
}
