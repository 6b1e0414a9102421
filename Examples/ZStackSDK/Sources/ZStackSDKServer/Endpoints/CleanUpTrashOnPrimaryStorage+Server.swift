import ZStackSDK

/// The server side of ``CleanUpTrashOnPrimaryStorage``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/primary-storage/{uuid}/trash/actions`, asynchronous.
nonisolated enum CleanUpTrashOnPrimaryStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: CleanUpTrashOnPrimaryStorage.operation,
            bodyWrapper: "cleanUpTrashOnPrimaryStorage"
        ) { call in
            let request = try call.decodeBody(wrapper: "cleanUpTrashOnPrimaryStorage") { body in
                let trashId = try body.wrappedField(Int64.self, "trashId")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return CleanUpTrashOnPrimaryStorage.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    trashId: trashId,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.cleanUpTrashOnPrimaryStorage(request) }
        }
    }
}
