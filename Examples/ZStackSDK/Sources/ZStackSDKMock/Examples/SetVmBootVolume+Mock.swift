public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``SetVmBootVolume``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let setVmBootVolumeExample = #"""
        {
          "inventory": {
            "uuid": "c28f0e59916e35f903594278972dbc3f",
            "name": "name",
            "description": "description",
            "zoneUuid": "8ce0eea5629242c7b320b97057d4b038",
            "clusterUuid": "bb37d0662a4e71dce1a80e62b932eeb0",
            "imageUuid": "dcef9406de5ad0bdd08eed814a38bbbb",
            "hostUuid": "cb6fdb15e5f6de2308b6799ad6d93b0d",
            "lastHostUuid": "9a1f6f76c35b42971bfaa68237be7e54",
            "instanceOfferingUuid": "53a1a4071c346fbc6776fe658b9299a9",
            "rootVolumeUuid": "d121cf04e8dbe449d6f44cc95850bcf4",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "cebb4702ff5cc4937f61e8878b8e13d6",
            "type": "type",
            "hypervisorType": "hypervisorType",
            "memorySize": 1,
            "cpuNum": 1,
            "cpuSpeed": 1,
            "allocatorStrategy": "allocatorStrategy",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "state": "state",
            "vmNics": [
              {
                "uuid": "02a1a39063ea47d9218a1b46807e950a",
                "vmInstanceUuid": "ecebd6bcafbbcb25b75a83ac0ae8a247",
                "l3NetworkUuid": "fbe3358fa7cd456d7c7eecb5fa292aca",
                "ip": "ip",
                "mac": "mac",
                "hypervisorType": "hypervisorType",
                "netmask": "netmask",
                "gateway": "gateway",
                "metaData": "metaData",
                "ipVersion": 1,
                "driverType": "driverType",
                "usedIps": [
                  {
                    "uuid": "cda3242725b8934f1d31db9892a05409",
                    "ipRangeUuid": "ced9c67eda91d602180c45d293b667b4",
                    "l3NetworkUuid": "9bb25e5ce560fe53b570a23ed17170c2",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "619f0cffe585cce737f340100661626f",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ],
                "internalName": "internalName",
                "deviceId": 1,
                "type": "type",
                "state": "state",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "allVolumes": [
              {
                "uuid": "323d8e78586dd781c0838602a6b43ae5",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "534457fdeeb673c0b64431b34a7186f0",
                "vmInstanceUuid": "6b61f3b445c692b541848af27982eead",
                "diskOfferingUuid": "94db3d359992e56a1d0f87859219c979",
                "rootImageUuid": "64993dc9ba75047d8ee467c4db37f8ff",
                "installPath": "installPath",
                "type": "type",
                "format": "format",
                "size": 1,
                "actualSize": 1,
                "deviceId": 1,
                "state": "state",
                "status": "status",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "isShareable": true,
                "volumeQos": "volumeQos",
                "lastDetachDate": "Jan 6, 2017 3:51:16 AM",
                "lastVmInstanceUuid": "a4d6ddcd1a978505bd63fc34b135a269"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "f49e877e8ff990e848f19508b5862560",
                "vmInstanceUuid": "36b57eef063beec87ea46476e2d14ecb",
                "deviceId": 1,
                "isoUuid": "9a8f5d3a809d91ac0f09455a185aab7c",
                "isoInstallPath": "isoInstallPath",
                "name": "name",
                "description": "description",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "guestOsType": "guestOsType"
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func setVmBootVolume(
        _ request: SetVmBootVolume.Request
    ) async throws -> SetVmBootVolume.Response {
        try Self.example(SetVmBootVolume.Response.self, json: Self.setVmBootVolumeExample)
    }
}
