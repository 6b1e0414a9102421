import ZStackSDK

/// The server side of ``CreateCluster``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/clusters`, asynchronous.
nonisolated enum CreateClusterServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateCluster.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let zoneUuid = try body.wrappedField(String.self, "zoneUuid")
                let name = try body.wrappedField(String.self, "name")
                let hypervisorType = try body.wrappedField(CreateClusterHypervisorType.self, "hypervisorType")
                let description = try body.wrappedField(String.self, "description")
                let type = try body.wrappedField(CreateClusterTypeValue.self, "type")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let architecture = try body.wrappedField(CreateClusterArchitecture.self, "architecture")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return CreateCluster.Request(
                    zoneUuid: try call.required(zoneUuid, .bodyField("params.zoneUuid")),
                    name: try call.required(name, .bodyField("params.name")),
                    hypervisorType: try call.required(hypervisorType, .bodyField("params.hypervisorType")),
                    description: description,
                    type: type,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    architecture: architecture,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.createCluster(request) }
        }
    }
}
