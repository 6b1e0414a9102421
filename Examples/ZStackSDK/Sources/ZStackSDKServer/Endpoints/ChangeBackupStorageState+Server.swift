import ZStackSDK

/// The server side of ``ChangeBackupStorageState``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/backup-storage/{uuid}/actions`, asynchronous.
nonisolated enum ChangeBackupStorageStateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangeBackupStorageState.operation,
            bodyWrapper: "changeBackupStorageState"
        ) { call in
            let request = try call.decodeBody(wrapper: "changeBackupStorageState") { body in
                let stateEvent = try body.wrappedField(ChangeBackupStorageStateStateEvent.self, "stateEvent")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeBackupStorageState.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    stateEvent: try call.required(stateEvent, .bodyField("changeBackupStorageState.stateEvent")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeBackupStorageState(request) }
        }
    }
}
