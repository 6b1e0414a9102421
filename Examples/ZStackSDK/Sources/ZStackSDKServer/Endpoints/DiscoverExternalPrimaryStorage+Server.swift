import ZStackSDK

/// The server side of ``DiscoverExternalPrimaryStorage``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/primary-storage/addon/discover`, asynchronous.
nonisolated enum DiscoverExternalPrimaryStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DiscoverExternalPrimaryStorage.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let url = try body.wrappedField(String.self, "url")
                let identity = try body.wrappedField(String.self, "identity")
                let config = try body.wrappedField(String.self, "config")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return DiscoverExternalPrimaryStorage.Request(
                    url: try call.required(url, .bodyField("params.url")),
                    identity: identity,
                    config: config,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.discoverExternalPrimaryStorage(request) }
        }
    }
}
