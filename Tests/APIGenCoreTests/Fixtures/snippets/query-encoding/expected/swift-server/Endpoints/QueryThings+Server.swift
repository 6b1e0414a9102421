import Foundation
import ZStackClient

/// The server side of ``QueryThings``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/things/{uuid}`, synchronous.
nonisolated enum QueryThingsServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: QueryThings.operation, bodyWrapper: nil) { call in
            let request = QueryThings.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                names: try call.required(try call.queryParameters("names", as: String.self), .queryParameter("names")),
                colors: try call.queryParameters("colors", as: Color.self),
                seenBefore: try call.queryParameters("seenBefore", as: Date.self),
                clientInfo: try call.queryMap("clientInfo", as: String.self),
                networkServices: try call.queryListMap("networkServices", as: String.self),
                extra: try call.queryObject("extra"),
                limit: try call.queryParameter("limit", as: Int.self)
            )
            return { try await handler.queryThings(request) }
        }
    }
}
