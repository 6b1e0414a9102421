import ZStackSDK

/// The server side of ``CleanUpStorageTrashOnPrimaryStorage``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/primary-storage/{uuid}/storagetrash/actions`, asynchronous.
nonisolated enum CleanUpStorageTrashOnPrimaryStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: CleanUpStorageTrashOnPrimaryStorage.operation,
            bodyWrapper: "cleanUpStorageTrashOnPrimaryStorage"
        ) { call in
            let request = try call.decodeBody(wrapper: "cleanUpStorageTrashOnPrimaryStorage") { body in
                let force = try body.wrappedField(Bool.self, "force")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return CleanUpStorageTrashOnPrimaryStorage.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    force: force,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.cleanUpStorageTrashOnPrimaryStorage(request) }
        }
    }
}
