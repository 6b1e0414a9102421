public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddIpv6Range``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addIpv6RangeExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "decf902736193e867c9dbe6b65d659f5",
            "l3NetworkUuid": "7b33b52af7e93574dc7b42c7e3b22925",
            "name": "name",
            "description": "description",
            "startIp": "startIp",
            "endIp": "endIp",
            "netmask": "netmask",
            "prefixLen": "prefixLen",
            "gateway": "gateway",
            "networkCidr": "networkCidr",
            "ipVersion": 1,
            "addressMode": "addressMode",
            "ipRangeType": {},
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func addIpv6Range(
        _ request: AddIpv6Range.Request
    ) async throws -> AddIpv6Range.Response {
        try Self.example(AddIpv6Range.Response.self, json: Self.addIpv6RangeExample)
    }
}
