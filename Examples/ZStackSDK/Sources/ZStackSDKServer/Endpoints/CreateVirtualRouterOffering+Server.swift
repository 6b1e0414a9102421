import ZStackSDK

/// The server side of ``CreateVirtualRouterOffering``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/instance-offerings/virtual-routers`, asynchronous.
nonisolated enum CreateVirtualRouterOfferingServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVirtualRouterOffering.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let zoneUuid = try body.wrappedField(String.self, "zoneUuid")
                let managementNetworkUuid = try body.wrappedField(String.self, "managementNetworkUuid")
                let imageUuid = try body.wrappedField(String.self, "imageUuid")
                let name = try body.wrappedField(String.self, "name")
                let cpuNum = try body.wrappedField(Int.self, "cpuNum")
                let cpuSpeed = try body.wrappedField(Int.self, "cpuSpeed")
                let memorySize = try body.wrappedField(Int64.self, "memorySize")
                let publicNetworkUuid = try body.wrappedField(String.self, "publicNetworkUuid")
                let isDefault = try body.wrappedField(Bool.self, "isDefault")
                let description = try body.wrappedField(String.self, "description")
                let allocatorStrategy = try body.wrappedField(String.self, "allocatorStrategy")
                let sortKey = try body.wrappedField(Int.self, "sortKey")
                let type = try body.wrappedField(String.self, "type")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let reservedMemorySize = try body.wrappedField(Int64.self, "reservedMemorySize")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return CreateVirtualRouterOffering.Request(
                    zoneUuid: try call.required(zoneUuid, .bodyField("params.zoneUuid")),
                    managementNetworkUuid: try call.required(
                        managementNetworkUuid,
                        .bodyField("params.managementNetworkUuid")
                    ),
                    imageUuid: try call.required(imageUuid, .bodyField("params.imageUuid")),
                    name: try call.required(name, .bodyField("params.name")),
                    cpuNum: try call.required(cpuNum, .bodyField("params.cpuNum")),
                    cpuSpeed: try call.required(cpuSpeed, .bodyField("params.cpuSpeed")),
                    memorySize: try call.required(memorySize, .bodyField("params.memorySize")),
                    publicNetworkUuid: publicNetworkUuid,
                    isDefault: isDefault,
                    description: description,
                    allocatorStrategy: allocatorStrategy,
                    sortKey: sortKey,
                    type: type,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    reservedMemorySize: reservedMemorySize,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.createVirtualRouterOffering(request) }
        }
    }
}
