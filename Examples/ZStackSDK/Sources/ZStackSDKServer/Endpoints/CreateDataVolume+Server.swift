import ZStackSDK

/// The server side of ``CreateDataVolume``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/volumes/data`, asynchronous.
nonisolated enum CreateDataVolumeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateDataVolume.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let diskOfferingUuid = try body.wrappedField(String.self, "diskOfferingUuid")
                let primaryStorageUuid = try body.wrappedField(String.self, "primaryStorageUuid")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let diskSize = try body.wrappedField(Int64.self, "diskSize")
                return CreateDataVolume.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    description: description,
                    diskOfferingUuid: diskOfferingUuid,
                    primaryStorageUuid: primaryStorageUuid,
                    resourceUuid: resourceUuid,
                    tagUuids: tagUuids,
                    systemTags: systemTags,
                    userTags: userTags,
                    diskSize: diskSize
                )
            }
            return { try await handler.createDataVolume(request) }
        }
    }
}
