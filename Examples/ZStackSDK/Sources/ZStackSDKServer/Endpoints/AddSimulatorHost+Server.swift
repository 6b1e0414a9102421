import ZStackSDK

/// The server side of ``AddSimulatorHost``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/hosts/simulators`, asynchronous.
nonisolated enum AddSimulatorHostServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddSimulatorHost.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let memoryCapacity = try body.wrappedField(Int64.self, "memoryCapacity")
                let cpuCapacity = try body.wrappedField(Int64.self, "cpuCapacity")
                let name = try body.wrappedField(String.self, "name")
                let managementIp = try body.wrappedField(String.self, "managementIp")
                let clusterUuid = try body.wrappedField(String.self, "clusterUuid")
                let description = try body.wrappedField(String.self, "description")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return AddSimulatorHost.Request(
                    memoryCapacity: try call.required(memoryCapacity, .bodyField("params.memoryCapacity")),
                    cpuCapacity: try call.required(cpuCapacity, .bodyField("params.cpuCapacity")),
                    name: try call.required(name, .bodyField("params.name")),
                    managementIp: try call.required(managementIp, .bodyField("params.managementIp")),
                    clusterUuid: try call.required(clusterUuid, .bodyField("params.clusterUuid")),
                    description: description,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.addSimulatorHost(request) }
        }
    }
}
