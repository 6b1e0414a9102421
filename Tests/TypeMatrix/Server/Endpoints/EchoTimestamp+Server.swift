import Foundation
import MatrixAPI

/// The server side of ``EchoTimestamp``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/timestamp/{pathValue}`, synchronous.
nonisolated enum EchoTimestampServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoTimestamp.operation, bodyWrapper: "echoTimestamp") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoTimestamp.Request(
                pathValue: try call.pathParameter("pathValue", as: Date.self),
                queryValue: try call.required(
                    try call.queryParameter("queryValue", as: Date.self),
                    .queryParameter("queryValue")
                ),
                value: try call.required(body.wrapped?.value, .bodyField("echoTimestamp.value")),
                optionalQueryValue: try call.queryParameter("optionalQueryValue", as: Date.self),
                xEchoValue: try call.headerField("X-Echo-Value", as: Date.self),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoTimestamp(request) }
        }
    }

    /// The JSON body of a request: `{"echoTimestamp": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let outsideValue: Date?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "echoTimestamp")
            self.outsideValue = try object.optionalValue(Date.self, forKey: "outsideValue")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let value: Date?
            let optionalValue: Date?
            let nullableValue: Date?
            let outsideValue: Date?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
                self.value = try object.optionalValue(Date.self, forKey: "value")
                self.optionalValue = try object.optionalValue(Date.self, forKey: "optionalValue")
                self.nullableValue = try object.optionalValue(Date.self, forKey: "nullableValue")
                self.outsideValue = try object.optionalValue(Date.self, forKey: "outsideValue")
            }
        }
    }
}
