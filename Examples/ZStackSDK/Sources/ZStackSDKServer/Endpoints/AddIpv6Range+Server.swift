import ZStackSDK

/// The server side of ``AddIpv6Range``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/ipv6-ranges`, asynchronous.
nonisolated enum AddIpv6RangeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddIpv6Range.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let startIp = try body.wrappedField(String.self, "startIp")
                let endIp = try body.wrappedField(String.self, "endIp")
                let gateway = try body.wrappedField(String.self, "gateway")
                let prefixLen = try body.wrappedField(Int.self, "prefixLen")
                let addressMode = try body.wrappedField(AddIpv6RangeAddressMode.self, "addressMode")
                let description = try body.wrappedField(String.self, "description")
                let ipRangeType = try body.wrappedField(AddIpv6RangeIpRangeType.self, "ipRangeType")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return AddIpv6Range.Request(
                    l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                    name: try call.required(name, .bodyField("params.name")),
                    startIp: try call.required(startIp, .bodyField("params.startIp")),
                    endIp: try call.required(endIp, .bodyField("params.endIp")),
                    gateway: try call.required(gateway, .bodyField("params.gateway")),
                    prefixLen: try call.required(prefixLen, .bodyField("params.prefixLen")),
                    addressMode: try call.required(addressMode, .bodyField("params.addressMode")),
                    description: description,
                    ipRangeType: ipRangeType,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.addIpv6Range(request) }
        }
    }
}
