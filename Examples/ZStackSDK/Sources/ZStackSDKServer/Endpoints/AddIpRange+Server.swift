import ZStackSDK

/// The server side of ``AddIpRange``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/ip-ranges`, asynchronous.
nonisolated enum AddIpRangeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddIpRange.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let startIp = try body.wrappedField(String.self, "startIp")
                let endIp = try body.wrappedField(String.self, "endIp")
                let netmask = try body.wrappedField(String.self, "netmask")
                let description = try body.wrappedField(String.self, "description")
                let gateway = try body.wrappedField(String.self, "gateway")
                let ipRangeType = try body.wrappedField(AddIpRangeIpRangeType.self, "ipRangeType")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return AddIpRange.Request(
                    l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                    name: try call.required(name, .bodyField("params.name")),
                    startIp: try call.required(startIp, .bodyField("params.startIp")),
                    endIp: try call.required(endIp, .bodyField("params.endIp")),
                    netmask: try call.required(netmask, .bodyField("params.netmask")),
                    description: description,
                    gateway: gateway,
                    ipRangeType: ipRangeType,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.addIpRange(request) }
        }
    }
}
