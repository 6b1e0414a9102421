import Foundation
import MatrixAPI

/// The server side of ``EchoListOfTimestamp``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/list-of-timestamp`, synchronous.
nonisolated enum EchoListOfTimestampServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoListOfTimestamp.operation, bodyWrapper: "echoListOfTimestamp") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoListOfTimestamp.Request(
                queryValue: try call.required(
                    try call.queryParameters("queryValue", as: Date.self),
                    .queryParameter("queryValue")
                ),
                value: try call.required(body.wrapped?.value, .bodyField("echoListOfTimestamp.value")),
                optionalQueryValue: try call.queryParameters("optionalQueryValue", as: Date.self),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoListOfTimestamp(request) }
        }
    }

    /// The JSON body of a request: `{"echoListOfTimestamp": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let outsideValue: [Date]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "echoListOfTimestamp")
            self.outsideValue = try object.optionalValue([Date].self, forKey: "outsideValue")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let value: [Date]?
            let optionalValue: [Date]?
            let nullableValue: [Date]?
            let outsideValue: [Date]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
                self.value = try object.optionalValue([Date].self, forKey: "value")
                self.optionalValue = try object.optionalValue([Date].self, forKey: "optionalValue")
                self.nullableValue = try object.optionalValue([Date].self, forKey: "nullableValue")
                self.outsideValue = try object.optionalValue([Date].self, forKey: "outsideValue")
            }
        }
    }
}
