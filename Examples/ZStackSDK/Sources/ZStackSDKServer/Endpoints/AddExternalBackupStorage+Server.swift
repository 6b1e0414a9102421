import ZStackSDK

/// The server side of ``AddExternalBackupStorage``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/backup-storage/addon`, asynchronous.
nonisolated enum AddExternalBackupStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddExternalBackupStorage.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let identity = try body.wrappedField(String.self, "identity")
                let url = try body.wrappedField(String.self, "url")
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let type = try body.wrappedField(String.self, "type")
                let importImages = try body.wrappedField(Bool.self, "importImages")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AddExternalBackupStorage.Request(
                    identity: try call.required(identity, .bodyField("params.identity")),
                    url: try call.required(url, .bodyField("params.url")),
                    name: try call.required(name, .bodyField("params.name")),
                    description: description,
                    type: type,
                    importImages: importImages,
                    resourceUuid: resourceUuid,
                    tagUuids: tagUuids,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.addExternalBackupStorage(request) }
        }
    }
}
