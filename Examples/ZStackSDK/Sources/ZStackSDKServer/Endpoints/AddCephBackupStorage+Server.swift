import ZStackSDK

/// The server side of ``AddCephBackupStorage``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/backup-storage/ceph`, asynchronous.
nonisolated enum AddCephBackupStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddCephBackupStorage.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let monUrls = try body.wrappedField([String].self, "monUrls")
                let url = try body.wrappedField(String.self, "url")
                let name = try body.wrappedField(String.self, "name")
                let poolName = try body.wrappedField(String.self, "poolName")
                let description = try body.wrappedField(String.self, "description")
                let type = try body.wrappedField(String.self, "type")
                let importImages = try body.wrappedField(Bool.self, "importImages")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return AddCephBackupStorage.Request(
                    monUrls: try call.required(monUrls, .bodyField("params.monUrls")),
                    url: try call.required(url, .bodyField("params.url")),
                    name: try call.required(name, .bodyField("params.name")),
                    poolName: poolName,
                    description: description,
                    type: type,
                    importImages: importImages,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.addCephBackupStorage(request) }
        }
    }
}
