import ZStackSDK

/// The server side of ``RecoverImage``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/images/{imageUuid}/actions`, asynchronous.
nonisolated enum RecoverImageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RecoverImage.operation, bodyWrapper: "recoverImage") { call in
            let request = try call.decodeBody(wrapper: "recoverImage") { body in
                let backupStorageUuids = try body.wrappedField([String].self, "backupStorageUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return RecoverImage.Request(
                    imageUuid: try call.pathParameter("imageUuid", as: String.self),
                    backupStorageUuids: backupStorageUuids,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.recoverImage(request) }
        }
    }
}
