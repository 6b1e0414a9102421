import Foundation
import HTTPTypes
import OpenAPIRuntime
import ZStackSDK

/// A complete reply: a status and a JSON body.
nonisolated struct ZStackServerReply: Sendable {
    /// The reply's status.
    var status: HTTPResponse.Status

    /// The reply's JSON body; empty for none.
    var body: Data

    /// The reply as the transport sends it, with the API's JSON content type when it has a body.
    var http: ZStackServerRuntime.HTTPReply {
        var response = HTTPResponse(status: status)
        guard !body.isEmpty else { return (response, nil) }
        response.headerFields[.contentType] = ZStackServerWire.contentType
        return (response, HTTPBody(body))
    }

    /// A failure reply, `{"error": <errorCode>}`.
    ///
    /// - Parameters:
    ///   - errorCode: The error that the reply carries.
    ///   - status: The reply's status.
    ///   - encoder: The encoder of reply bodies.
    /// - Returns: The reply.
    static func failure(_ errorCode: ZStackErrorCode, status: HTTPResponse.Status, encoder: JSONEncoder) -> Self {
        let body = (try? encoder.encode(Envelope(key: ZStackServerWire.errorField, value: errorCode))) ?? Data()
        return Self(status: status, body: body)
    }

    /// A failure reply with a ZStack system error code, for failures that the server itself detects.
    ///
    /// - Parameters:
    ///   - status: The reply's status, such as `400 Bad Request`.
    ///   - code: The error code, such as `SYS.1007`.
    ///   - description: The description that goes with the code.
    ///   - details: What exactly went wrong.
    ///   - encoder: The encoder of reply bodies.
    /// - Returns: The reply.
    static func systemFailure(
        _ status: HTTPResponse.Status,
        code: String,
        description: String,
        details: String,
        encoder: JSONEncoder
    ) -> Self {
        let errorCode = ZStackErrorCode(code: code, description: description, details: details)
        return failure(errorCode, status: status, encoder: encoder)
    }

    /// The reply that accepts an asynchronous call, `{"location": "<job URL>"}`.
    ///
    /// - Parameters:
    ///   - location: The URL at which the job's result can be polled.
    ///   - encoder: The encoder of reply bodies.
    /// - Returns: The reply.
    static func accepted(location: String, encoder: JSONEncoder) -> Self {
        let body = (try? encoder.encode(Envelope(key: ZStackServerWire.locationField, value: location))) ?? Data()
        return Self(status: ZStackServerWire.acceptedStatus, body: body)
    }

    /// A JSON object with one member whose name comes from the API description.
    private struct Envelope<Value: Encodable>: Encodable {
        var key: String
        var value: Value

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: ZStackServerCodingKey.self)
            try container.encode(value, forKey: ZStackServerCodingKey(key))
        }
    }
}
