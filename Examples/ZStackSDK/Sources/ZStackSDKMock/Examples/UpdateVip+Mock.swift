public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateVip``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateVipExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "6a02e147bfd6759eb65f7b317b6183dc",
            "name": "name",
            "description": "description",
            "l3NetworkUuid": "82afe5748d6fb6dc4fb514faba939ef0",
            "ip": "ip",
            "state": "state",
            "gateway": "gateway",
            "netmask": "netmask",
            "prefixLen": 1,
            "serviceProvider": "serviceProvider",
            "peerL3NetworkUuids": [
              "peerL3NetworkUuids"
            ],
            "servicesRefs": [
              {
                "uuid": "bb9ad7b209cff4c43c4eaf9ee6e20734",
                "serviceType": "serviceType",
                "vipUuid": "df6de77f68abf72e8ca0a8dab921258f",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "useFor": "useFor",
            "system": true,
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
    public func updateVip(
        _ request: UpdateVip.Request
    ) async throws -> UpdateVip.Response {
        try Self.example(UpdateVip.Response.self, json: Self.updateVipExample)
    }
}
