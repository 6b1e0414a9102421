public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetL3NetworkIpStatistic``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getL3NetworkIpStatisticExample = #"""
        {
          "ipStatistics": [
            {
              "ip": "ip",
              "vipUuid": "a2084201d8df71de756dee66e9af3f9b",
              "vipName": "vipName",
              "vmInstanceUuid": "1e2d64e20fbc58289ed63db550713521",
              "vmInstanceName": "vmInstanceName",
              "vmInstanceType": "vmInstanceType",
              "applianceVmOwnerUuid": "f558cff30ee79b51484f8333539f1cfb",
              "vmDefaultIp": "vmDefaultIp",
              "resourceTypes": [
                "resourceTypes"
              ],
              "state": "state",
              "useFor": "useFor",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "ownerName": "ownerName"
            }
          ],
          "total": 1,
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getL3NetworkIpStatistic(
        _ request: GetL3NetworkIpStatistic.Request
    ) async throws -> GetL3NetworkIpStatistic.Response {
        try Self.example(GetL3NetworkIpStatistic.Response.self, json: Self.getL3NetworkIpStatisticExample)
    }
}
