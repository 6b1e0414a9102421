import Foundation
import MatrixAPI

/// The server side of ``EchoListOfTimestamp``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/list-of-timestamp`, synchronous.
nonisolated enum EchoListOfTimestampServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoListOfTimestamp.operation, bodyWrapper: "echoListOfTimestamp") { call in
            let request = try call.decodeBody(wrapper: "echoListOfTimestamp") { body in
                let value = try body.wrappedField([Date].self, "value")
                let optionalValue = try body.wrappedField([Date].self, "optionalValue")
                let nullableValue = try body.wrappedField([Date].self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper([Date].self, "outsideValue")
                return EchoListOfTimestamp.Request(
                    queryValue: try call.required(
                        try call.queryParameters("queryValue", as: Date.self),
                        .queryParameter("queryValue")
                    ),
                    value: try call.required(value, .bodyField("echoListOfTimestamp.value")),
                    optionalQueryValue: try call.queryParameters("optionalQueryValue", as: Date.self),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoListOfTimestamp(request) }
        }
    }
}
