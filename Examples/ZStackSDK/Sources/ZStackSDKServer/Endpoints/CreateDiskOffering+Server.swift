import ZStackSDK

/// The server side of ``CreateDiskOffering``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/disk-offerings`, asynchronous.
nonisolated enum CreateDiskOfferingServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateDiskOffering.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let diskSize = try body.wrappedField(Int64.self, "diskSize")
                let description = try body.wrappedField(String.self, "description")
                let sortKey = try body.wrappedField(Int.self, "sortKey")
                let allocationStrategy = try body.wrappedField(String.self, "allocationStrategy")
                let type = try body.wrappedField(CreateDiskOfferingTypeValue.self, "type")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return CreateDiskOffering.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    diskSize: try call.required(diskSize, .bodyField("params.diskSize")),
                    description: description,
                    sortKey: sortKey,
                    allocationStrategy: allocationStrategy,
                    type: type,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.createDiskOffering(request) }
        }
    }
}
