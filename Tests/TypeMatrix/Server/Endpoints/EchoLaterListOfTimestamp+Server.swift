import Foundation
import MatrixAPI

/// The server side of ``EchoLaterListOfTimestamp``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/list-of-timestamp`, asynchronous.
nonisolated enum EchoLaterListOfTimestampServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterListOfTimestamp.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField([Date].self, "value")
                return EchoLaterListOfTimestamp.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterListOfTimestamp(request) }
        }
    }
}
