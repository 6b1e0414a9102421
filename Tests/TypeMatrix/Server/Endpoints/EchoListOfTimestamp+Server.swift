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
        var wrapped: Wrapped?
        var outsideValue: [Date]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoListOfTimestamp"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var value: [Date]?
            var optionalValue: [Date]?
            var nullableValue: [Date]?
            var outsideValue: [Date]?

            private enum CodingKeys: String, CodingKey {
                case value = "value"
                case optionalValue = "optionalValue"
                case nullableValue = "nullableValue"
                case outsideValue = "outsideValue"
            }
        }
    }
}
