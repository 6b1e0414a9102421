import ZStackSDK

/// The server side of ``AddCephPrimaryStorage``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/primary-storage/ceph`, asynchronous.
nonisolated enum AddCephPrimaryStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddCephPrimaryStorage.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let monUrls = try body.wrappedField([String].self, "monUrls")
                let url = try body.wrappedField(String.self, "url")
                let name = try body.wrappedField(String.self, "name")
                let zoneUuid = try body.wrappedField(String.self, "zoneUuid")
                let rootVolumePoolName = try body.wrappedField(String.self, "rootVolumePoolName")
                let dataVolumePoolName = try body.wrappedField(String.self, "dataVolumePoolName")
                let imageCachePoolName = try body.wrappedField(String.self, "imageCachePoolName")
                let description = try body.wrappedField(String.self, "description")
                let type = try body.wrappedField(String.self, "type")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return AddCephPrimaryStorage.Request(
                    monUrls: try call.required(monUrls, .bodyField("params.monUrls")),
                    url: try call.required(url, .bodyField("params.url")),
                    name: try call.required(name, .bodyField("params.name")),
                    zoneUuid: try call.required(zoneUuid, .bodyField("params.zoneUuid")),
                    rootVolumePoolName: rootVolumePoolName,
                    dataVolumePoolName: dataVolumePoolName,
                    imageCachePoolName: imageCachePoolName,
                    description: description,
                    type: type,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.addCephPrimaryStorage(request) }
        }
    }
}
