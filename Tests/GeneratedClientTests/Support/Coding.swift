import Foundation
import ZStackClient

/// A decoder that reads ZStack timestamps in the API's default zone, as a client does.
func makeDecoder(timeZone: TimeZone = ZStackTimestamp.defaultTimeZone) -> JSONDecoder {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = ZStackTimestamp(timeZone: timeZone).decodingStrategy
    return decoder
}

/// An encoder that writes ZStack timestamps in the API's default zone, as a client does.
func makeEncoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = ZStackTimestamp().encodingStrategy
    encoder.outputFormatting = [.sortedKeys]
    return encoder
}

/// Decodes a value from JSON text.
func decode<Value: Decodable>(_ type: Value.Type, _ json: String) throws -> Value {
    try makeDecoder().decode(type, from: Data(json.utf8))
}

/// Parses JSON text into a value that compares regardless of key order and spacing.
func json(_ text: String) throws -> ZStackJSONValue {
    try JSONDecoder().decode(ZStackJSONValue.self, from: Data(text.utf8))
}

/// Encodes a value and parses the result, for comparisons with ``json(_:)``.
func encodedJSON(_ value: some Encodable) throws -> ZStackJSONValue {
    try JSONDecoder().decode(ZStackJSONValue.self, from: makeEncoder().encode(value))
}

/// 2017-01-06 03:51:16 in Asia/Shanghai (UTC+8), that is 2017-01-05 19:51:16 UTC.
let gsonExampleInstant = Date(timeIntervalSince1970: 1_483_645_876)
