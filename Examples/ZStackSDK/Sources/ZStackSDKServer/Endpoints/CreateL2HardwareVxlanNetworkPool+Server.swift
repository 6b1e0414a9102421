import ZStackSDK

/// The server side of ``CreateL2HardwareVxlanNetworkPool``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l2-networks/hardware-vxlan-pool`, asynchronous.
nonisolated enum CreateL2HardwareVxlanNetworkPoolServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateL2HardwareVxlanNetworkPool.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let sdnControllerUuid = try body.wrappedField(String.self, "sdnControllerUuid")
                let name = try body.wrappedField(String.self, "name")
                let zoneUuid = try body.wrappedField(String.self, "zoneUuid")
                let physicalInterface = try body.wrappedField(String.self, "physicalInterface")
                let description = try body.wrappedField(String.self, "description")
                let type = try body.wrappedField(String.self, "type")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let vSwitchType = try body.wrappedField(CreateL2HardwareVxlanNetworkPoolVSwitchType.self, "vSwitchType")
                let isolated = try body.wrappedField(Bool.self, "isolated")
                let pvlan = try body.wrappedField(String.self, "pvlan")
                return CreateL2HardwareVxlanNetworkPool.Request(
                    sdnControllerUuid: try call.required(sdnControllerUuid, .bodyField("params.sdnControllerUuid")),
                    name: try call.required(name, .bodyField("params.name")),
                    zoneUuid: try call.required(zoneUuid, .bodyField("params.zoneUuid")),
                    physicalInterface: try call.required(physicalInterface, .bodyField("params.physicalInterface")),
                    description: description,
                    type: type,
                    resourceUuid: resourceUuid,
                    tagUuids: tagUuids,
                    systemTags: systemTags,
                    userTags: userTags,
                    vSwitchType: vSwitchType,
                    isolated: isolated,
                    pvlan: pvlan
                )
            }
            return { try await handler.createL2HardwareVxlanNetworkPool(request) }
        }
    }
}
