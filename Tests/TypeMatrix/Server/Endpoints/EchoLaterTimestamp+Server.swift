import Foundation
import MatrixAPI

/// The server side of ``EchoLaterTimestamp``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/timestamp`, asynchronous.
nonisolated enum EchoLaterTimestampServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterTimestamp.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField(Date.self, "value")
                return EchoLaterTimestamp.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterTimestamp(request) }
        }
    }
}
