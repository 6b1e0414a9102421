import ZStackSDK

/// The server side of ``CreateL2VxlanNetworkPool``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l2-networks/vxlan-pool`, asynchronous.
nonisolated enum CreateL2VxlanNetworkPoolServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateL2VxlanNetworkPool.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let zoneUuid = try body.wrappedField(String.self, "zoneUuid")
                let physicalInterface = try body.wrappedField(String.self, "physicalInterface")
                let description = try body.wrappedField(String.self, "description")
                let type = try body.wrappedField(String.self, "type")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let vSwitchType = try body.wrappedField(CreateL2VxlanNetworkPoolVSwitchType.self, "vSwitchType")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let isolated = try body.wrappedField(Bool.self, "isolated")
                let pvlan = try body.wrappedField(String.self, "pvlan")
                return CreateL2VxlanNetworkPool.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    zoneUuid: try call.required(zoneUuid, .bodyField("params.zoneUuid")),
                    physicalInterface: try call.required(physicalInterface, .bodyField("params.physicalInterface")),
                    description: description,
                    type: type,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    vSwitchType: vSwitchType,
                    tagUuids: tagUuids,
                    isolated: isolated,
                    pvlan: pvlan
                )
            }
            return { try await handler.createL2VxlanNetworkPool(request) }
        }
    }
}
