import ZStackSDK

/// The server side of ``CleanUpImageCacheOnPrimaryStorage``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/primary-storage/{uuid}/actions`, asynchronous.
nonisolated enum CleanUpImageCacheOnPrimaryStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: CleanUpImageCacheOnPrimaryStorage.operation,
            bodyWrapper: "cleanUpImageCacheOnPrimaryStorage"
        ) { call in
            let request = try call.decodeBody(wrapper: "cleanUpImageCacheOnPrimaryStorage") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let force = try body.wrappedField(Bool.self, "force")
                return CleanUpImageCacheOnPrimaryStorage.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags,
                    force: force
                )
            }
            return { try await handler.cleanUpImageCacheOnPrimaryStorage(request) }
        }
    }
}
