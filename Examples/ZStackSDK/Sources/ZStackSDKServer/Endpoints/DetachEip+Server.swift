import ZStackSDK

/// The server side of ``DetachEip``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/eips/{uuid}/vm-instances/nics`, asynchronous.
nonisolated enum DetachEipServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DetachEip.operation, bodyWrapper: nil) { call in
            let request = DetachEip.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.detachEip(request) }
        }
    }
}
