import ZStackSDK

/// The server side of ``CreateInstanceOffering``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/instance-offerings`, asynchronous.
nonisolated enum CreateInstanceOfferingServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateInstanceOffering.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let cpuNum = try body.wrappedField(Int.self, "cpuNum")
                let memorySize = try body.wrappedField(Int64.self, "memorySize")
                let description = try body.wrappedField(String.self, "description")
                let allocatorStrategy = try body.wrappedField(String.self, "allocatorStrategy")
                let sortKey = try body.wrappedField(Int.self, "sortKey")
                let type = try body.wrappedField(String.self, "type")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let reservedMemorySize = try body.wrappedField(Int64.self, "reservedMemorySize")
                return CreateInstanceOffering.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    cpuNum: try call.required(cpuNum, .bodyField("params.cpuNum")),
                    memorySize: try call.required(memorySize, .bodyField("params.memorySize")),
                    description: description,
                    allocatorStrategy: allocatorStrategy,
                    sortKey: sortKey,
                    type: type,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids,
                    reservedMemorySize: reservedMemorySize
                )
            }
            return { try await handler.createInstanceOffering(request) }
        }
    }
}
