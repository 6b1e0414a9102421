import ZStackSDK

/// The server side of ``UndoSnapshotCreation``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous.
nonisolated enum UndoSnapshotCreationServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UndoSnapshotCreation.operation, bodyWrapper: "undoSnapshotCreation") { call in
            let request = try call.decodeBody(wrapper: "undoSnapshotCreation") { body in
                let snapShotUuid = try body.wrappedField(String.self, "snapShotUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UndoSnapshotCreation.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    snapShotUuid: try call.required(snapShotUuid, .bodyField("undoSnapshotCreation.snapShotUuid")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.undoSnapshotCreation(request) }
        }
    }
}
