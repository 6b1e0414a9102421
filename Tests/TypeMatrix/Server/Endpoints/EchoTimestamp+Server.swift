import Foundation
import MatrixAPI

/// The server side of ``EchoTimestamp``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/timestamp/{pathValue}`, synchronous.
nonisolated enum EchoTimestampServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoTimestamp.operation, bodyWrapper: "echoTimestamp") { call in
            let request = try call.decodeBody(wrapper: "echoTimestamp") { body in
                let value = try body.wrappedField(Date.self, "value")
                let optionalValue = try body.wrappedField(Date.self, "optionalValue")
                let nullableValue = try body.wrappedField(Date.self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper(Date.self, "outsideValue")
                return EchoTimestamp.Request(
                    pathValue: try call.pathParameter("pathValue", as: Date.self),
                    queryValue: try call.required(
                        try call.queryParameter("queryValue", as: Date.self),
                        .queryParameter("queryValue")
                    ),
                    value: try call.required(value, .bodyField("echoTimestamp.value")),
                    optionalQueryValue: try call.queryParameter("optionalQueryValue", as: Date.self),
                    xEchoValue: try call.headerField("X-Echo-Value", as: Date.self),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoTimestamp(request) }
        }
    }
}
