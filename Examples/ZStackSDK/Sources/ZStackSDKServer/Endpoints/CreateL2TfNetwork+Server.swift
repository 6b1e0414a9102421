import ZStackSDK

/// The server side of ``CreateL2TfNetwork``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l2-networks/tf`, asynchronous.
nonisolated enum CreateL2TfNetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateL2TfNetwork.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let zoneUuid = try body.wrappedField(String.self, "zoneUuid")
                let physicalInterface = try body.wrappedField(String.self, "physicalInterface")
                let ipPrefix = try body.wrappedField(String.self, "ipPrefix")
                let ipPrefixLength = try body.wrappedField(Int.self, "ipPrefixLength")
                let description = try body.wrappedField(String.self, "description")
                let type = try body.wrappedField(String.self, "type")
                let vSwitchType = try body.wrappedField(CreateL2TfNetworkVSwitchType.self, "vSwitchType")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let isolated = try body.wrappedField(Bool.self, "isolated")
                let pvlan = try body.wrappedField(String.self, "pvlan")
                return CreateL2TfNetwork.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    zoneUuid: try call.required(zoneUuid, .bodyField("params.zoneUuid")),
                    physicalInterface: try call.required(physicalInterface, .bodyField("params.physicalInterface")),
                    ipPrefix: ipPrefix,
                    ipPrefixLength: ipPrefixLength,
                    description: description,
                    type: type,
                    vSwitchType: vSwitchType,
                    resourceUuid: resourceUuid,
                    tagUuids: tagUuids,
                    systemTags: systemTags,
                    userTags: userTags,
                    isolated: isolated,
                    pvlan: pvlan
                )
            }
            return { try await handler.createL2TfNetwork(request) }
        }
    }
}
