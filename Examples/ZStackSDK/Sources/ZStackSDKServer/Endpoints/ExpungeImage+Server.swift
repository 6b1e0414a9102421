import ZStackSDK

/// The server side of ``ExpungeImage``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/images/{imageUuid}/actions`, asynchronous.
nonisolated enum ExpungeImageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ExpungeImage.operation, bodyWrapper: "expungeImage") { call in
            let request = try call.decodeBody(wrapper: "expungeImage") { body in
                let backupStorageUuids = try body.wrappedField([String].self, "backupStorageUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let uuid = try body.wrappedField(String.self, "uuid")
                return ExpungeImage.Request(
                    imageUuid: try call.pathParameter("imageUuid", as: String.self),
                    backupStorageUuids: backupStorageUuids,
                    systemTags: systemTags,
                    userTags: userTags,
                    uuid: uuid
                )
            }
            return { try await handler.expungeImage(request) }
        }
    }
}
