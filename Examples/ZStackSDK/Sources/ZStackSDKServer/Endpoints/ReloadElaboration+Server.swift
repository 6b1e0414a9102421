import ZStackSDK

/// The server side of ``ReloadElaboration``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/errorcode/actions`, asynchronous.
nonisolated enum ReloadElaborationServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ReloadElaboration.operation, bodyWrapper: "reloadElaboration") { call in
            let request = try call.decodeBody(wrapper: "reloadElaboration") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ReloadElaboration.Request(systemTags: systemTags, userTags: userTags)
            }
            return { try await handler.reloadElaboration(request) }
        }
    }
}
