import ZStackSDK

/// The server side of ``AddBackupStorage``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/backup-storage`, asynchronous.
nonisolated enum AddBackupStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddBackupStorage.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let url = try body.wrappedField(String.self, "url")
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let type = try body.wrappedField(String.self, "type")
                let importImages = try body.wrappedField(Bool.self, "importImages")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AddBackupStorage.Request(
                    url: try call.required(url, .bodyField("params.url")),
                    name: try call.required(name, .bodyField("params.name")),
                    description: description,
                    type: type,
                    importImages: importImages,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.addBackupStorage(request) }
        }
    }
}
