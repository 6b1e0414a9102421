import ZStackSDK

/// The server side of ``CreateVolumeSnapshotGroup``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/volume-snapshots/group`, asynchronous.
nonisolated enum CreateVolumeSnapshotGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVolumeSnapshotGroup.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let rootVolumeUuid = try body.wrappedField(String.self, "rootVolumeUuid")
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let withMemory = try body.wrappedField(Bool.self, "withMemory")
                return CreateVolumeSnapshotGroup.Request(
                    rootVolumeUuid: try call.required(rootVolumeUuid, .bodyField("params.rootVolumeUuid")),
                    name: try call.required(name, .bodyField("params.name")),
                    description: description,
                    resourceUuid: resourceUuid,
                    tagUuids: tagUuids,
                    systemTags: systemTags,
                    userTags: userTags,
                    withMemory: withMemory
                )
            }
            return { try await handler.createVolumeSnapshotGroup(request) }
        }
    }
}
